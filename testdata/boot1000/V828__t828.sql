-- core_t_828: table 828 of the core module
CREATE TABLE core_t_828 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_828_name_idx ON core_t_828 (name);
INSERT INTO core_t_828 (name) VALUES ('first row of core_t_828'), ('second row');
