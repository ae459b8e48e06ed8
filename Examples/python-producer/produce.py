#!/usr/bin/env python3
"""An upstream HR system publishing one enrollment request to the membership workers.

It builds a membership.enrollment.v1.EnrollmentRequest (add a subscriber) with the Python classes
generated from the same .proto files the Swift workers use, and either publishes it to
`membership.enrollment-requests` with confluent-kafka, or writes the encoded bytes to a file
(--out) so other programs and tests can decode exactly what this producer sends.

The record key is "<group number>/<subscriber ref>" (see Docs/TOPICS.md): all requests of one
family share it, so they stay in order on one partition.
"""

import argparse
import datetime
import os
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "generated"))

try:
    from membership.enrollment.v1 import enrollee_pb2, enrollment_request_pb2
except ImportError:
    sys.exit("The generated classes are missing: run ./generate.sh first (see README.md).")

DEFAULT_TOPIC = "membership.enrollment-requests"
DEFAULT_PLAN = "HMO-SILVER-70-2026"


def build_request(event_id, occurred_at, group_number, subscriber_ref, plan_id=DEFAULT_PLAN):
    """Returns a realistic AddSubscriber request: a new full-time hire choosing a silver HMO."""
    request = enrollment_request_pb2.EnrollmentRequest()
    request.event_id = event_id
    request.occurred_at.FromJsonString(occurred_at)
    request.source = "peopleflow-hr"
    request.group_number = group_number
    request.subscriber_ref = subscriber_ref

    action = request.add_subscriber
    person = action.subscriber
    person.identity.name.first_name = "Ana"
    person.identity.name.middle_name = "Lucia"
    person.identity.name.last_name = "Torres"
    person.identity.date_of_birth.year = 1991
    person.identity.date_of_birth.month = 9
    person.identity.date_of_birth.day = 3
    person.identity.ssn = "887654321"
    person.identity.gender = enrollee_pb2.GENDER_FEMALE
    person.identity.upstream_member_id = "PF-22871"

    person.home_address.line1 = "77 Mission Oaks Dr"
    person.home_address.city = "Camarillo"
    person.home_address.state = "CA"
    person.home_address.zip_code = "93012"
    person.home_address.county = "Ventura"

    person.employment.employment_class = enrollee_pb2.EMPLOYMENT_CLASS_FULL_TIME
    person.employment.average_weekly_hours_hundredths = 3750  # 37.5 hours a week
    person.employment.hire_date.year = 2026
    person.employment.hire_date.month = 10
    person.employment.hire_date.day = 26
    person.employment.member_type = enrollee_pb2.MEMBER_TYPE_EMPLOYEE

    action.plan.plan_id = plan_id
    return request


def record_key(request):
    """The family key shared by every request of this subscriber's family."""
    return f"{request.group_number}/{request.subscriber_ref}"


def bootstrap_servers(value):
    """KAFKA_BROKERS may name a file written by `membership broker --bootstrap-file` as file:PATH."""
    if value.startswith("file:"):
        with open(value[len("file:"):], encoding="utf-8") as handle:
            return handle.read().strip()
    return value


def publish(request, brokers, topic, mock_broker=False):
    from confluent_kafka import Producer

    config = {
        # The workers rely on these to get each request once, in order (Docs/TOPICS.md).
        "enable.idempotence": True,
        "acks": "all",
    }
    if mock_broker:
        # librdkafka's in-process mock cluster: proves the producer path without any broker.
        config["test.mock.num.brokers"] = 1
    else:
        config["bootstrap.servers"] = bootstrap_servers(brokers)
    producer = Producer(config)
    outcome = {}

    def on_delivery(error, message):
        outcome["error"] = error
        outcome["message"] = message

    producer.produce(
        topic,
        key=record_key(request).encode("utf-8"),
        value=request.SerializeToString(deterministic=True),
        on_delivery=on_delivery,
    )
    remaining = producer.flush(30)
    if remaining or outcome.get("error") is not None or "message" not in outcome:
        sys.exit(f"delivery failed: {outcome.get('error') or 'timed out after 30 s'}")
    message = outcome["message"]
    print(f"published request {request.event_id} with key {record_key(request)} "
          f"to {message.topic()} partition {message.partition()} offset {message.offset()}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--brokers", default=os.environ.get("KAFKA_BROKERS", "localhost:9092"),
                        help="bootstrap servers, or file:PATH (default: $KAFKA_BROKERS or localhost:9092)")
    parser.add_argument("--topic", default=DEFAULT_TOPIC, help=f"topic (default: {DEFAULT_TOPIC})")
    parser.add_argument("--out", metavar="FILE",
                        help="write the encoded EnrollmentRequest to FILE instead of publishing it")
    parser.add_argument("--mock-broker", action="store_true",
                        help="publish to librdkafka's in-process mock cluster (a dry run without a broker)")
    parser.add_argument("--event-id", default=None, help="the request's UUID (default: a new random one)")
    parser.add_argument("--occurred-at", default=None,
                        help="RFC 3339 UTC time the request was received (default: now)")
    parser.add_argument("--group-number", default="G-104233", help="group number (default: G-104233)")
    parser.add_argument("--subscriber-ref", default="PF-22871", help="family key (default: PF-22871)")
    parser.add_argument("--plan", default=DEFAULT_PLAN,
                        help=f"plan id; must be one the group offers (default: {DEFAULT_PLAN})")
    args = parser.parse_args()

    event_id = args.event_id or str(uuid.uuid4())
    occurred_at = args.occurred_at or datetime.datetime.now(datetime.timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    request = build_request(event_id, occurred_at, args.group_number, args.subscriber_ref, args.plan)

    if args.out:
        with open(args.out, "wb") as handle:
            handle.write(request.SerializeToString(deterministic=True))
        print(f"wrote request {event_id} ({request.ByteSize()} bytes, key {record_key(request)}) to {args.out}")
    else:
        publish(request, args.brokers, args.topic, args.mock_broker)


if __name__ == "__main__":
    main()
