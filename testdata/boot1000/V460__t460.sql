-- core_t_460: table 460 of the core module
CREATE TABLE core_t_460 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_460_name_idx ON core_t_460 (name);
INSERT INTO core_t_460 (name) VALUES ('first row of core_t_460'), ('second row');
