-- core_t_812: table 812 of the core module
CREATE TABLE core_t_812 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_812_name_idx ON core_t_812 (name);
INSERT INTO core_t_812 (name) VALUES ('first row of core_t_812'), ('second row');
