-- core_t_393: table 393 of the core module
CREATE TABLE core_t_393 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_393_name_idx ON core_t_393 (name);
