-- core_t_864: table 864 of the core module
CREATE TABLE core_t_864 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_864_name_idx ON core_t_864 (name);
INSERT INTO core_t_864 (name) VALUES ('first row of core_t_864'), ('second row');
