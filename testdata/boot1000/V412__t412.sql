-- core_t_412: table 412 of the core module
CREATE TABLE core_t_412 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_412_name_idx ON core_t_412 (name);
INSERT INTO core_t_412 (name) VALUES ('first row of core_t_412'), ('second row');
