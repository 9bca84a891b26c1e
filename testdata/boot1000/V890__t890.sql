-- core_t_890: table 890 of the core module
CREATE TABLE core_t_890 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_890_name_idx ON core_t_890 (name);
INSERT INTO core_t_890 (name) VALUES ('first row of core_t_890'), ('second row');
