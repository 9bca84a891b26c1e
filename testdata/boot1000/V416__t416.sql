-- core_t_416: table 416 of the core module
CREATE TABLE core_t_416 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_416_name_idx ON core_t_416 (name);
INSERT INTO core_t_416 (name) VALUES ('first row of core_t_416'), ('second row');
