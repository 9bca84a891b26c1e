-- core_t_230: table 230 of the core module
CREATE TABLE core_t_230 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_230_name_idx ON core_t_230 (name);
INSERT INTO core_t_230 (name) VALUES ('first row of core_t_230'), ('second row');
