-- core_t_604: table 604 of the core module
CREATE TABLE core_t_604 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_604_name_idx ON core_t_604 (name);
INSERT INTO core_t_604 (name) VALUES ('first row of core_t_604'), ('second row');
