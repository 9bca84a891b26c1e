-- core_t_669: table 669 of the core module
CREATE TABLE core_t_669 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_669_name_idx ON core_t_669 (name);
