-- core_t_558: table 558 of the core module
CREATE TABLE core_t_558 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_558_name_idx ON core_t_558 (name);
INSERT INTO core_t_558 (name) VALUES ('first row of core_t_558'), ('second row');
