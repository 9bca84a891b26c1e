-- core_t_736: table 736 of the core module
CREATE TABLE core_t_736 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_736_name_idx ON core_t_736 (name);
INSERT INTO core_t_736 (name) VALUES ('first row of core_t_736'), ('second row');
