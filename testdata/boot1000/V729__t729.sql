-- core_t_729: table 729 of the core module
CREATE TABLE core_t_729 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_729_name_idx ON core_t_729 (name);
