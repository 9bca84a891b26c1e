-- core_t_214: table 214 of the core module
CREATE TABLE core_t_214 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_214_name_idx ON core_t_214 (name);
INSERT INTO core_t_214 (name) VALUES ('first row of core_t_214'), ('second row');
