-- A settlement batch is first sent as one statement that charges every call its full cost; when a balance no
-- longer covers what the batch charges it, this guard fails the statement (and so undoes all of it), and the batch
-- is settled again the careful way: its users locked, each charge cut to what is left.
CREATE FUNCTION settlement_guard(covered boolean) RETURNS boolean
    LANGUAGE plpgsql AS $$
BEGIN
    IF NOT covered THEN
        RAISE EXCEPTION 'a balance no longer covers its charge' USING ERRCODE = 'TG001';
    END IF;
    RETURN true;
END
$$;
