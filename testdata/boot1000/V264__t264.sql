-- core_t_264: table 264 of the core module
CREATE TABLE core_t_264 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_264_name_idx ON core_t_264 (name);
INSERT INTO core_t_264 (name) VALUES ('first row of core_t_264'), ('second row');
