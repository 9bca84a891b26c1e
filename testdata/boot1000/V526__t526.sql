-- core_t_526: table 526 of the core module
CREATE TABLE core_t_526 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_526_name_idx ON core_t_526 (name);
INSERT INTO core_t_526 (name) VALUES ('first row of core_t_526'), ('second row');
