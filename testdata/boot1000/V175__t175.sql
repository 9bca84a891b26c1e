-- core_t_175: table 175 of the core module
CREATE TABLE core_t_175 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_175_name_idx ON core_t_175 (name);
