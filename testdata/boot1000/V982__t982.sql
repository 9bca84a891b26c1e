-- core_t_982: table 982 of the core module
CREATE TABLE core_t_982 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_982_name_idx ON core_t_982 (name);
INSERT INTO core_t_982 (name) VALUES ('first row of core_t_982'), ('second row');
