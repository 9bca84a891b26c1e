-- core_t_506: table 506 of the core module
CREATE TABLE core_t_506 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_506_name_idx ON core_t_506 (name);
INSERT INTO core_t_506 (name) VALUES ('first row of core_t_506'), ('second row');
