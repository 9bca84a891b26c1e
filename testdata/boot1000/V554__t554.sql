-- core_t_554: table 554 of the core module
CREATE TABLE core_t_554 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_554_name_idx ON core_t_554 (name);
INSERT INTO core_t_554 (name) VALUES ('first row of core_t_554'), ('second row');
