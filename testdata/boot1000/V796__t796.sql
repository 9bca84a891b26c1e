-- core_t_796: table 796 of the core module
CREATE TABLE core_t_796 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_796_name_idx ON core_t_796 (name);
INSERT INTO core_t_796 (name) VALUES ('first row of core_t_796'), ('second row');
