-- core_t_622: table 622 of the core module
CREATE TABLE core_t_622 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_622_name_idx ON core_t_622 (name);
INSERT INTO core_t_622 (name) VALUES ('first row of core_t_622'), ('second row');
