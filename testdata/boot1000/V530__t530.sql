-- core_t_530: table 530 of the core module
CREATE TABLE core_t_530 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_530_name_idx ON core_t_530 (name);
INSERT INTO core_t_530 (name) VALUES ('first row of core_t_530'), ('second row');
