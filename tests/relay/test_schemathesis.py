"""A third-party API fuzzer against the relay: schemathesis, driven by the relay's own
/openapi.json, on SQLite and on PostgreSQL (a real relay over HTTP on 127.0.0.1).

Every operation gets schema-valid and schema-violating requests (paths, queries, headers,
bodies); every answer must be free of server errors and conform to the document: a documented
status code, the documented content type, headers and body schema. Owner commands are mostly
refused (401) since the fuzzer cannot sign; tests/relay/test_fuzz.py fuzzes behind a valid
signature.
"""

from __future__ import annotations

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.schemas import APIOperation, BaseSchema
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.relay.harness import InProcessRelay

pytestmark = pytest.mark.slow

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_headers_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def relay_schema(relay: InProcessRelay) -> BaseSchema:
    schema = schemathesis.openapi.from_url(f"{relay.base_url}/openapi.json")
    schema.config.update(base_url=relay.base_url)
    return schema


def _operations(schema: BaseSchema) -> list[APIOperation]:
    return [result.ok() for result in schema.get_all_operations()]


def test_every_operation_is_in_the_document(relay_schema: BaseSchema) -> None:
    assert len(_operations(relay_schema)) == 9


@pytest.mark.parametrize("operation", range(9))
def test_relay_api_conforms_to_its_openapi_document(relay_schema: BaseSchema, operation: int,
                                                    session: requests.Session) -> None:
    api_operation = _operations(relay_schema)[operation]
    # Schema-violating input only where there is a constraint to violate: /healthz and
    # /metrics take no input, and an operation whose only input is a free-form path segment
    # (a challenge, a deletion) accepts any string.
    breakable = bool(api_operation.query or api_operation.headers or api_operation.body)
    for mode in [GenerationMode.POSITIVE] + [GenerationMode.NEGATIVE] * breakable:

        @given(case=api_operation.as_strategy(generation_mode=mode))
        @settings(max_examples=50, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def fuzz(case: schemathesis.Case) -> None:
            case.call_and_validate(session=session, checks=CHECKS, timeout=30)

        fuzz()
