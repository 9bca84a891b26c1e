-- core_t_578: table 578 of the core module
CREATE TABLE core_t_578 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_578_name_idx ON core_t_578 (name);
INSERT INTO core_t_578 (name) VALUES ('first row of core_t_578'), ('second row');
