-- core_t_495: table 495 of the core module
CREATE TABLE core_t_495 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_495_name_idx ON core_t_495 (name);
