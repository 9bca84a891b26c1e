-- core_t_60: table 60 of the core module
CREATE TABLE core_t_60 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_60_name_idx ON core_t_60 (name);
INSERT INTO core_t_60 (name) VALUES ('first row of core_t_60'), ('second row');
