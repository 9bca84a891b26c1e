-- core_t_336: table 336 of the core module
CREATE TABLE core_t_336 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_336_name_idx ON core_t_336 (name);
INSERT INTO core_t_336 (name) VALUES ('first row of core_t_336'), ('second row');
