-- core_t_962: table 962 of the core module
CREATE TABLE core_t_962 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_962_name_idx ON core_t_962 (name);
INSERT INTO core_t_962 (name) VALUES ('first row of core_t_962'), ('second row');
