-- core_t_570: table 570 of the core module
CREATE TABLE core_t_570 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_570_name_idx ON core_t_570 (name);
INSERT INTO core_t_570 (name) VALUES ('first row of core_t_570'), ('second row');
