-- core_t_430: table 430 of the core module
CREATE TABLE core_t_430 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_430_name_idx ON core_t_430 (name);
INSERT INTO core_t_430 (name) VALUES ('first row of core_t_430'), ('second row');
