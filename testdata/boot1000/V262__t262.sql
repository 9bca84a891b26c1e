-- core_t_262: table 262 of the core module
CREATE TABLE core_t_262 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_262_name_idx ON core_t_262 (name);
INSERT INTO core_t_262 (name) VALUES ('first row of core_t_262'), ('second row');
