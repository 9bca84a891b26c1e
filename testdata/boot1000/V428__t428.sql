-- core_t_428: table 428 of the core module
CREATE TABLE core_t_428 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_428_name_idx ON core_t_428 (name);
INSERT INTO core_t_428 (name) VALUES ('first row of core_t_428'), ('second row');
