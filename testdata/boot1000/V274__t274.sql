-- core_t_274: table 274 of the core module
CREATE TABLE core_t_274 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_274_name_idx ON core_t_274 (name);
INSERT INTO core_t_274 (name) VALUES ('first row of core_t_274'), ('second row');
