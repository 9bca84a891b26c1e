-- core_t_640: table 640 of the core module
CREATE TABLE core_t_640 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_640_name_idx ON core_t_640 (name);
INSERT INTO core_t_640 (name) VALUES ('first row of core_t_640'), ('second row');
