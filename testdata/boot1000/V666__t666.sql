-- core_t_666: table 666 of the core module
CREATE TABLE core_t_666 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_666_name_idx ON core_t_666 (name);
INSERT INTO core_t_666 (name) VALUES ('first row of core_t_666'), ('second row');
