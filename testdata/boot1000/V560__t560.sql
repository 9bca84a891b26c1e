-- core_t_560: table 560 of the core module
CREATE TABLE core_t_560 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_560_name_idx ON core_t_560 (name);
INSERT INTO core_t_560 (name) VALUES ('first row of core_t_560'), ('second row');
