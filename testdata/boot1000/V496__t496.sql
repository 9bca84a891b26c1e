-- core_t_496: table 496 of the core module
CREATE TABLE core_t_496 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_496_name_idx ON core_t_496 (name);
INSERT INTO core_t_496 (name) VALUES ('first row of core_t_496'), ('second row');
