-- core_t_198: table 198 of the core module
CREATE TABLE core_t_198 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_198_name_idx ON core_t_198 (name);
INSERT INTO core_t_198 (name) VALUES ('first row of core_t_198'), ('second row');
