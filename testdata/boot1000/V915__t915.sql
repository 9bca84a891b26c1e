-- core_t_915: table 915 of the core module
CREATE TABLE core_t_915 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_915_name_idx ON core_t_915 (name);
