-- core_t_540: table 540 of the core module
CREATE TABLE core_t_540 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_540_name_idx ON core_t_540 (name);
INSERT INTO core_t_540 (name) VALUES ('first row of core_t_540'), ('second row');
