-- core_t_464: table 464 of the core module
CREATE TABLE core_t_464 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_464_name_idx ON core_t_464 (name);
INSERT INTO core_t_464 (name) VALUES ('first row of core_t_464'), ('second row');
