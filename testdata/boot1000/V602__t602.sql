-- core_t_602: table 602 of the core module
CREATE TABLE core_t_602 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_602_name_idx ON core_t_602 (name);
INSERT INTO core_t_602 (name) VALUES ('first row of core_t_602'), ('second row');
