-- core_t_270: table 270 of the core module
CREATE TABLE core_t_270 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_270_name_idx ON core_t_270 (name);
INSERT INTO core_t_270 (name) VALUES ('first row of core_t_270'), ('second row');
