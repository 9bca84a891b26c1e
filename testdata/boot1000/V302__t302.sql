-- core_t_302: table 302 of the core module
CREATE TABLE core_t_302 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_302_name_idx ON core_t_302 (name);
INSERT INTO core_t_302 (name) VALUES ('first row of core_t_302'), ('second row');
