-- core_t_567: table 567 of the core module
CREATE TABLE core_t_567 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_567_name_idx ON core_t_567 (name);
