-- core_t_420: table 420 of the core module
CREATE TABLE core_t_420 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_420_name_idx ON core_t_420 (name);
INSERT INTO core_t_420 (name) VALUES ('first row of core_t_420'), ('second row');
