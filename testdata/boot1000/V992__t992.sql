-- core_t_992: table 992 of the core module
CREATE TABLE core_t_992 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_992_name_idx ON core_t_992 (name);
INSERT INTO core_t_992 (name) VALUES ('first row of core_t_992'), ('second row');
