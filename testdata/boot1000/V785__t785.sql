-- core_t_785: table 785 of the core module
CREATE TABLE core_t_785 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_785_name_idx ON core_t_785 (name);
